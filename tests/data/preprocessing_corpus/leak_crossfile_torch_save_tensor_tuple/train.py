import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

features, targets = torch.load("data/energy.pt")
dataset = TensorDataset(features, targets)
n_val = int(0.2 * len(dataset))
train_ds, val_ds = random_split(dataset, [len(dataset) - n_val, n_val], generator=torch.Generator().manual_seed(0))
model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(50):
    for xb, yb in DataLoader(train_ds, batch_size=64, shuffle=True):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()
        opt.step()
with torch.no_grad():
    xv, yv = next(iter(DataLoader(val_ds, batch_size=len(val_ds))))
    print(nn.functional.mse_loss(model(xv), yv).item())
