import torch
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms

raw = datasets.FashionMNIST("data", train=True, download=True)
pixel_mean = raw.data.float().mean() / 255
pixel_std = raw.data.float().std() / 255
tfm = transforms.Compose([
    transforms.ToTensor(),
    transforms.Lambda(lambda t: (t - pixel_mean) / pixel_std),
])
full = datasets.FashionMNIST("data", train=True, transform=tfm)
train_set, val_set = random_split(full, [55000, 5000], generator=torch.Generator().manual_seed(42))
train_loader = DataLoader(train_set, batch_size=128, shuffle=True)
val_loader = DataLoader(val_set, batch_size=512)
