import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader, random_split

blob = torch.load("cache/har.pt")
dataset = TensorDataset(blob["x"], blob["y"])
train_ds, val_ds = random_split(dataset, [0.85, 0.15], generator=torch.Generator().manual_seed(7))
model = nn.Sequential(nn.Flatten(), nn.Linear(128 * 9, 256), nn.ReLU(), nn.Linear(256, 6))
opt = torch.optim.Adam(model.parameters(), 1e-3)
for epoch in range(15):
    for xb, yb in DataLoader(train_ds, batch_size=64, shuffle=True):
        opt.zero_grad()
        nn.functional.cross_entropy(model(xb), yb).backward()
        opt.step()
with torch.no_grad():
    xv, yv = next(iter(DataLoader(val_ds, batch_size=len(val_ds))))
    print("val acc", (model(xv).argmax(1) == yv).float().mean().item())
