import torch
from torch.utils.data import Dataset, DataLoader, Subset


class SignalDataset(Dataset):
    def __init__(self, tensor_x, tensor_y, mean=None, std=None):
        self.x, self.y = tensor_x, tensor_y
        self.mean = mean if mean is not None else torch.zeros(tensor_x.shape[1])
        self.std = std if std is not None else torch.ones(tensor_x.shape[1])

    def __len__(self):
        return len(self.y)

    def __getitem__(self, idx):
        return (self.x[idx] - self.mean) / self.std, self.y[idx]


blob = torch.load("signals.pt")
x_all, y_all = blob["x"], blob["y"]
perm = torch.randperm(len(y_all), generator=torch.Generator().manual_seed(1))
train_idx, val_idx = perm[: int(0.85 * len(perm))], perm[int(0.85 * len(perm)):]

mean = x_all[train_idx].mean(dim=0)
std = x_all[train_idx].std(dim=0)
full = SignalDataset(x_all, y_all, mean, std)
train_loader = DataLoader(Subset(full, train_idx.tolist()), batch_size=64, shuffle=True)
val_loader = DataLoader(Subset(full, val_idx.tolist()), batch_size=256)
print(len(train_loader.dataset), len(val_loader.dataset))
