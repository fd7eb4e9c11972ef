import torch
from torch.utils.data import TensorDataset, Subset, DataLoader

raw = torch.load("fraud_tensors.pt")
features, target = raw["x"], raw["y"]
perm = torch.randperm(len(target), generator=torch.Generator().manual_seed(0))
n_test = len(target) // 10
test_idx, train_idx = perm[:n_test], perm[n_test:]
mu, sd = features[train_idx].mean(dim=0), features[train_idx].std(dim=0)
dataset = TensorDataset((features - mu) / sd, target)
train_ds, test_ds = Subset(dataset, train_idx.tolist()), Subset(dataset, test_idx.tolist())
print(len(DataLoader(train_ds, batch_size=512)), len(DataLoader(test_ds, batch_size=512)))
