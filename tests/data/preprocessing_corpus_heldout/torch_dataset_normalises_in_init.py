import numpy as np
import torch
from torch import nn
from torch.utils.data import Dataset, DataLoader, random_split


class SpectraDataset(Dataset):
    """Near-infrared spectra with a fat-content target."""

    def __init__(self, path):
        arr = np.load(path)
        x = torch.tensor(arr["spectra"], dtype=torch.float32)
        self.mu = x.mean(dim=0, keepdim=True)
        self.sigma = x.std(dim=0, keepdim=True) + 1e-6
        self.x = (x - self.mu) / self.sigma
        self.y = torch.tensor(arr["fat"], dtype=torch.float32).unsqueeze(1)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


dataset = SpectraDataset("meat_spectra.npz")
train_set, val_set = random_split(dataset, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_set, batch_size=32, shuffle=True)
val_loader = DataLoader(val_set, batch_size=128)

net = nn.Sequential(nn.Linear(dataset.x.shape[1], 64), nn.ReLU(), nn.Linear(64, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
loss_fn = nn.MSELoss()
for epoch in range(50):
    net.train()
    for xb, yb in train_loader:
        opt.zero_grad()
        loss = loss_fn(net(xb), yb)
        loss.backward()
        opt.step()
    net.eval()
    with torch.no_grad():
        val = sum(loss_fn(net(xb), yb).item() * len(xb) for xb, yb in val_loader) / len(val_set)
    print(epoch, val)
