import torch
from torch.utils.data import TensorDataset, random_split, DataLoader

payload = torch.load("tabular.pt")
features, target = payload["features"], payload["target"]
full = TensorDataset(features, target)
train_part, val_part = random_split(full, [0.9, 0.1], generator=torch.Generator().manual_seed(7))

idx = torch.tensor(train_part.indices)
mu = features[idx].mean(0)
sd = features[idx].std(0).clamp_min(1e-6)

def collate(batch):
    xs, ys = zip(*batch)
    return (torch.stack(xs) - mu) / sd, torch.stack(ys)

train_loader = DataLoader(train_part, batch_size=128, shuffle=True, collate_fn=collate)
val_loader = DataLoader(val_part, batch_size=512, collate_fn=collate)
model = torch.nn.Linear(features.shape[1], 1)
opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
for xb, yb in train_loader:
    opt.zero_grad()
    torch.nn.functional.mse_loss(model(xb).squeeze(1), yb).backward()
    opt.step()
