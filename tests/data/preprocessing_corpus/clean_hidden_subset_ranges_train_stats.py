import torch
from torch.utils.data import DataLoader, Subset, TensorDataset

signals = torch.load("ecg_beats.pt")
labels = torch.load("ecg_labels.pt")
n_train = int(0.8 * len(signals))
mu = signals[:n_train].mean(dim=0, keepdim=True)
sd = signals[:n_train].std(dim=0, keepdim=True)
dataset = TensorDataset((signals - mu) / sd, labels)
train_set = Subset(dataset, range(0, n_train))
val_set = Subset(dataset, range(n_train, len(dataset)))
train_loader = DataLoader(train_set, batch_size=64, shuffle=True)
