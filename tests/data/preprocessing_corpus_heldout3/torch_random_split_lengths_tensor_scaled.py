import torch
from torch.utils.data import TensorDataset, random_split, DataLoader

raw = torch.load("fraud_tensors.pt")
features, target = raw["x"], raw["y"]
features = (features - features.mean(dim=0)) / features.std(dim=0)
dataset = TensorDataset(features, target)
n_test = len(dataset) // 10
train_ds, test_ds = random_split(dataset, [len(dataset) - n_test, n_test])
model = torch.nn.Sequential(torch.nn.Linear(features.shape[1], 32), torch.nn.ReLU(), torch.nn.Linear(32, 1))
print(len(DataLoader(train_ds, batch_size=512)), len(DataLoader(test_ds, batch_size=512)))
