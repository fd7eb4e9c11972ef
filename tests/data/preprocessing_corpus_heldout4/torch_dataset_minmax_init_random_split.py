import numpy as np
import torch
from torch import nn
from torch.utils.data import Dataset, DataLoader, random_split


class SteelPlates(Dataset):
    def __init__(self, path):
        raw = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float32)
        feats, self.labels = raw[:, :-1], torch.from_numpy(raw[:, -1]).long()
        scaled = (feats - feats.min(axis=0)) / (feats.max(axis=0) - feats.min(axis=0) + 1e-6)
        self.features = torch.from_numpy(scaled)

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        return self.features[idx], self.labels[idx]


plates = SteelPlates("steel_plates_faults.csv")
train_ds, val_ds = random_split(plates, [0.8, 0.2], generator=torch.Generator().manual_seed(1))
net = nn.Sequential(nn.Linear(27, 64), nn.ReLU(), nn.Linear(64, 7))
optim = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for epoch in range(30):
    for xb, yb in DataLoader(train_ds, batch_size=64, shuffle=True):
        optim.zero_grad()
        loss = nn.functional.cross_entropy(net(xb), yb)
        loss.backward()
        optim.step()
with torch.no_grad():
    xv, yv = next(iter(DataLoader(val_ds, batch_size=len(val_ds))))
    print("val accuracy", (net(xv).argmax(1) == yv).float().mean().item())
