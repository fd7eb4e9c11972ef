import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.sampler import SubsetRandomSampler

features = np.load("tabular_features.npy").astype(np.float32)
targets = np.load("tabular_targets.npy").astype(np.int64)
features = (features - features.mean(axis=0)) / (features.std(axis=0) + 1e-8)
dataset = TensorDataset(torch.from_numpy(features), torch.from_numpy(targets))

indices = list(range(len(dataset)))
np.random.shuffle(indices)
split = int(np.floor(0.2 * len(dataset)))
train_idx, valid_idx = indices[split:], indices[:split]
train_loader = DataLoader(dataset, batch_size=64, sampler=SubsetRandomSampler(train_idx))
valid_loader = DataLoader(dataset, batch_size=64, sampler=SubsetRandomSampler(valid_idx))
