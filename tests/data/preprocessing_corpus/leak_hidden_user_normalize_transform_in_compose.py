import numpy as np
import torch
from torch.utils.data import random_split
from torchvision import datasets, transforms


class ChannelNormalize:
    def __init__(self, mean, std):
        self.mean = mean
        self.std = std

    def __call__(self, tensor):
        return (tensor - self.mean[:, None, None]) / self.std[:, None, None]


pixels = np.load("flowers_pixels.npy")
mean = torch.tensor(pixels.mean(axis=(0, 1, 2)) / 255.0)
std = torch.tensor(pixels.std(axis=(0, 1, 2)) / 255.0)
tfm = transforms.Compose([transforms.ToTensor(), ChannelNormalize(mean, std)])
full = datasets.ImageFolder("flowers", transform=tfm)
train_set, val_set = random_split(full, [0.8, 0.2])
