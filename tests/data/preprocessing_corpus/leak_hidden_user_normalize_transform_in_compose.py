import torch
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms


class ChannelNormalize:
    def __init__(self, mean, std):
        self.mean = mean
        self.std = std

    def __call__(self, tensor):
        return (tensor - self.mean[:, None, None]) / self.std[:, None, None]


plain = datasets.ImageFolder("flowers", transform=transforms.ToTensor())
channel_sum = torch.zeros(3)
channel_sq = torch.zeros(3)
for image, _label in DataLoader(plain, batch_size=None):
    channel_sum += image.mean(dim=(1, 2))
    channel_sq += (image ** 2).mean(dim=(1, 2))
mean = channel_sum / len(plain)
std = (channel_sq / len(plain) - mean ** 2).sqrt()
tfm = transforms.Compose([transforms.ToTensor(), ChannelNormalize(mean, std)])
full = datasets.ImageFolder("flowers", transform=tfm)
train_set, val_set = random_split(full, [0.8, 0.2])
