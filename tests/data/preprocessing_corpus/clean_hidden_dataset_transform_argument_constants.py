import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader, random_split

windows = np.load("eeg_windows.npy").astype(np.float32)
targets = np.load("eeg_targets.npy")
MICROVOLT_SCALE = 100.0


class EEGDataset(Dataset):
    def __init__(self, x, y, transform=None):
        self.x = x
        self.y = y
        self.transform = transform

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        sample = self.x[i]
        if self.transform is not None:
            sample = self.transform(sample)
        return torch.from_numpy(sample), int(self.y[i])


dataset = EEGDataset(windows, targets, transform=lambda w: w / MICROVOLT_SCALE)
train_set, val_set = random_split(dataset, [0.8, 0.2])
train_loader = DataLoader(train_set, batch_size=32, shuffle=True)
