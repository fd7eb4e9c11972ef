import torch
from torch.utils.data import DataLoader, random_split
from torchvision import datasets
from torchvision.transforms import v2

base = datasets.CIFAR10("data", train=True, download=False, transform=v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]))
batch = next(iter(DataLoader(base, batch_size=len(base))))[0]
channel_mean, channel_std = batch.mean(dim=(0, 2, 3)), batch.std(dim=(0, 2, 3))
base.transform = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True), v2.Normalize(channel_mean.tolist(), channel_std.tolist())])
train_part, val_part = random_split(base, [45000, 5000], generator=torch.Generator().manual_seed(0))
print(len(train_part), len(val_part))
