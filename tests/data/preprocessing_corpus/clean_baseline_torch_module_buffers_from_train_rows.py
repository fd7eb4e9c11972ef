import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Net(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        self.body = nn.Sequential(nn.Linear(mean.shape[0], 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, x):
        return self.body((x - self.mean) / self.std)


X = torch.load("X.pt")
y = torch.load("y.pt")
perm = torch.randperm(len(X))
tr, va = perm[: int(0.8 * len(X))], perm[int(0.8 * len(X)):]
net = Net(X[tr].mean(0), X[tr].std(0))
opt = torch.optim.Adam(net.parameters())
for xb, yb in DataLoader(TensorDataset(X[tr], y[tr]), batch_size=64, shuffle=True):
    opt.zero_grad()
    nn.functional.mse_loss(net(xb).squeeze(-1), yb).backward()
    opt.step()
