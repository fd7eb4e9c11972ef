import torch
from torch import nn
from torch.utils.data import TensorDataset, random_split

bundle = torch.load("diabetes_tensors.pt")
ds = TensorDataset(bundle["features"], bundle["labels"])
n_val = len(ds) // 5
train_ds, val_ds = random_split(ds, [len(ds) - n_val, n_val])
net = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
