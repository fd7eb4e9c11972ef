import numpy as np
import torch
from torch import nn
from torch.utils.data import Dataset, DataLoader, random_split


class AccelWindows(Dataset):
    def __init__(self, npz_path):
        arrays = np.load(npz_path)
        self.windows = arrays["windows"].astype(np.float32)  # (n, 128, 3)
        self.activity = arrays["activity"].astype(np.int64)

    def __len__(self):
        return len(self.activity)

    def __getitem__(self, i):
        w = self.windows[i]
        w = (w - w.mean(axis=0)) / (w.std(axis=0) + 1e-6)
        return torch.from_numpy(w.T.copy()), self.activity[i]


ds = AccelWindows("uci_har_windows.npz")
train_ds, test_ds = random_split(ds, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
cnn = nn.Sequential(nn.Conv1d(3, 32, 5), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(32, 6))
opt = torch.optim.Adam(cnn.parameters(), 1e-3)
for xb, yb in DataLoader(train_ds, batch_size=128, shuffle=True):
    opt.zero_grad()
    nn.functional.cross_entropy(cnn(xb), yb).backward()
    opt.step()
hits = sum((cnn(xb).argmax(1) == yb).sum().item() for xb, yb in DataLoader(test_ds, batch_size=512))
print("test accuracy", hits / len(test_ds))
