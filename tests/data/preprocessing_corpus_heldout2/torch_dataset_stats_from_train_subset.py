import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader


class Signals(Dataset):
    def __init__(self, x, y, mean, std):
        self.x = torch.tensor((x - mean) / std, dtype=torch.float32)
        self.y = torch.tensor(y, dtype=torch.long)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


arrays = np.load("ecg_beats.npz")
x, y = arrays["x"], arrays["y"]
order = np.random.default_rng(0).permutation(len(x))
tr_idx, va_idx = order[: int(0.8 * len(x))], order[int(0.8 * len(x)):]
mean, std = x[tr_idx].mean(axis=0), x[tr_idx].std(axis=0) + 1e-6
train_ds = Signals(x[tr_idx], y[tr_idx], mean, std)
val_ds = Signals(x[va_idx], y[va_idx], mean, std)
train_dl, val_dl = DataLoader(train_ds, batch_size=128, shuffle=True), DataLoader(val_ds, batch_size=512)
print(len(train_ds), len(val_ds))
