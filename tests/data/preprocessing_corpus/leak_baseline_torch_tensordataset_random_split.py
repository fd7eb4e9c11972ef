import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

X = torch.load("features.pt")
y = torch.load("targets.pt")
mean, std = X.mean(0), X.std(0)
dataset = TensorDataset((X - mean) / std, y)
train_ds, val_ds = random_split(dataset, [0.8, 0.2])
train_loader = DataLoader(train_ds, batch_size=64, shuffle=True)
val_loader = DataLoader(val_ds, batch_size=256)
model = torch.nn.Linear(X.shape[1], 1)
opt = torch.optim.AdamW(model.parameters())
for xb, yb in train_loader:
    opt.zero_grad()
    torch.nn.functional.mse_loss(model(xb).squeeze(-1), yb).backward()
    opt.step()
