import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader


class Windows(Dataset):
    def __init__(self, x, mean, std):
        self.x = (x - mean) / std

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return torch.as_tensor(self.x[i])


full = np.load("signals.npy")
order = np.random.default_rng(0).permutation(len(full))
train_x, val_x = full[order[:4000]], full[order[4000:]]
mu, sd = train_x.mean(axis=0), train_x.std(axis=0)
train_loader = DataLoader(Windows(train_x, mu, sd), batch_size=32, shuffle=True)
val_loader = DataLoader(Windows(val_x, mu, sd), batch_size=32)
