import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.sampler import SubsetRandomSampler

features = np.load("tabular_features.npy").astype(np.float32)
targets = np.load("tabular_targets.npy").astype(np.int64)
indices = np.random.permutation(len(features))
split = int(np.floor(0.2 * len(features)))
train_idx, valid_idx = indices[split:], indices[:split]
mu = features[train_idx].mean(axis=0)
sd = features[train_idx].std(axis=0) + 1e-8
dataset = TensorDataset(torch.from_numpy((features - mu) / sd), torch.from_numpy(targets))
train_loader = DataLoader(dataset, batch_size=64, sampler=SubsetRandomSampler(train_idx))
valid_loader = DataLoader(dataset, batch_size=64, sampler=SubsetRandomSampler(valid_idx))
