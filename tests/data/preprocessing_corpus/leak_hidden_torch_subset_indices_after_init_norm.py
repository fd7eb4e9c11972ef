import numpy as np
import torch
from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader, Dataset, Subset


class SensorWindows(Dataset):
    def __init__(self, path):
        arr = np.load(path)
        self.x = torch.from_numpy(arr["x"]).float()
        self.y = torch.from_numpy(arr["y"]).long()
        self.x = (self.x - self.x.mean(dim=(0, 1))) / self.x.std(dim=(0, 1))

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


ds = SensorWindows("har_windows.npz")
tr_idx, va_idx = train_test_split(np.arange(len(ds)), test_size=0.2, stratify=ds.y.numpy())
train_loader = DataLoader(Subset(ds, tr_idx), batch_size=128, shuffle=True)
val_loader = DataLoader(Subset(ds, va_idx), batch_size=512)
