import torch
from torch.utils.data import TensorDataset, random_split, DataLoader

blob = torch.load("covertype.pt")
full = TensorDataset(blob["x"], blob["y"])
train_ds, val_ds = random_split(full, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
net = torch.nn.Sequential(torch.nn.Linear(blob["x"].shape[1], 256), torch.nn.ReLU(), torch.nn.Linear(256, 7))
opt = torch.optim.Adam(net.parameters())
for xb, yb in DataLoader(train_ds, batch_size=1024, shuffle=True):
    opt.zero_grad()
    torch.nn.functional.cross_entropy(net(xb), yb).backward()
    opt.step()
with torch.no_grad():
    correct = sum((net(xb).argmax(1) == yb).sum().item() for xb, yb in DataLoader(val_ds, batch_size=4096))
print(correct / len(val_ds))
