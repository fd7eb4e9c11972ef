import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, random_split


class SignalDataset(Dataset):
    def __init__(self, path):
        self.signals = np.load(path)["signals"].astype(np.float32)
        self.labels = np.load(path)["labels"]

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        x = (self.signals[i] - self.signals.mean(axis=0)) / self.signals.std(axis=0)
        return torch.from_numpy(x), int(self.labels[i])


ds = SignalDataset("ptb_xl.npz")
train_ds, test_ds = random_split(ds, [int(0.8 * len(ds)), len(ds) - int(0.8 * len(ds))])
train_loader = DataLoader(train_ds, batch_size=32, shuffle=True)
test_loader = DataLoader(test_ds, batch_size=64)
