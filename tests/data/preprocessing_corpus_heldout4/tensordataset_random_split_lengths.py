import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader, random_split
from sklearn.preprocessing import StandardScaler

power = pd.read_csv("ccpp_folds.csv")
X = StandardScaler().fit_transform(power[["AT", "V", "AP", "RH"]].to_numpy())
y = power["PE"].to_numpy()
full = TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.float32).unsqueeze(1))
n_val = len(full) // 5
train_part, val_part = random_split(full, [len(full) - n_val, n_val], generator=torch.Generator().manual_seed(3))

net = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 1))
opt = torch.optim.Adam(net.parameters(), lr=3e-3)
for _ in range(40):
    for xb, yb in DataLoader(train_part, batch_size=128, shuffle=True):
        opt.zero_grad()
        nn.functional.mse_loss(net(xb), yb).backward()
        opt.step()
xv, yv = val_part[:]
print("val RMSE", torch.sqrt(nn.functional.mse_loss(net(xv), yv)).item())
