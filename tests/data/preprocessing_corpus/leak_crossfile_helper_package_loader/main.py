import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

from src import data

X, y = data.load_standardised("data/housing.csv")
dataset = TensorDataset(torch.from_numpy(X), torch.from_numpy(y))
train_set, val_set = random_split(dataset, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
net = nn.Sequential(nn.Linear(X.shape[1], 64), nn.ReLU(), nn.Linear(64, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
for epoch in range(20):
    for xb, yb in DataLoader(train_set, batch_size=64, shuffle=True):
        opt.zero_grad()
        loss = nn.functional.mse_loss(net(xb).squeeze(-1), yb)
        loss.backward()
        opt.step()
