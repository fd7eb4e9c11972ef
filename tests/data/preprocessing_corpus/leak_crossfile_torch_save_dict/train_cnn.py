import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

blob = torch.load("ecg_tensors.pt")
dataset = TensorDataset(blob["signals"].unsqueeze(1), blob["labels"])
train_set, val_set = random_split(dataset, [0.85, 0.15], generator=torch.Generator().manual_seed(1))
net = nn.Sequential(nn.Conv1d(1, 16, 7), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(16, 5))
opt = torch.optim.Adam(net.parameters())
for xb, yb in DataLoader(train_set, batch_size=128, shuffle=True):
    opt.zero_grad()
    nn.functional.cross_entropy(net(xb), yb).backward()
    opt.step()
