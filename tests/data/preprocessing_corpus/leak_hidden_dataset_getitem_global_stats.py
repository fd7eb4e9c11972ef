import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader, random_split

signals = np.load("ecg_windows.npy").astype(np.float32)
labels = np.load("ecg_window_labels.npy")
MEAN = signals.mean()
STD = signals.std()


class WindowDataset(Dataset):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return torch.from_numpy((self.x[i] - MEAN) / STD), int(self.y[i])


full = WindowDataset(signals, labels)
train_set, val_set = random_split(full, [0.85, 0.15])
train_loader = DataLoader(train_set, batch_size=64, shuffle=True)
val_loader = DataLoader(val_set, batch_size=256)
