import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader, random_split


class TabularDataset(Dataset):
    def __init__(self, path):
        raw = np.loadtxt(path, delimiter=",", dtype=np.float32)
        features = raw[:, :-1]
        self.x = (features - features.mean(axis=0)) / features.std(axis=0)
        self.y = raw[:, -1]

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return torch.tensor(self.x[i]), torch.tensor(self.y[i])


full = TabularDataset("higgs_small.csv")
train_set, val_set = random_split(full, [0.8, 0.2])
train_loader = DataLoader(train_set, batch_size=128, shuffle=True)
val_loader = DataLoader(val_set, batch_size=512)
