import torch
from torchvision import datasets, transforms
from torch.utils.data import DataLoader, random_split

raw = datasets.ImageFolder("data/xray", transform=transforms.Compose([transforms.Grayscale(), transforms.ToTensor()]))
stacked = torch.stack([img for img, _ in raw])
pixel_mean, pixel_std = stacked.mean().item(), stacked.std().item()
dataset = datasets.ImageFolder("data/xray", transform=transforms.Compose([
    transforms.Grayscale(),
    transforms.ToTensor(),
    transforms.Lambda(lambda t: (t - pixel_mean) / pixel_std),
]))
train_set, val_set = random_split(dataset, [0.85, 0.15])
train_loader = DataLoader(train_set, batch_size=16, shuffle=True)
val_loader = DataLoader(val_set, batch_size=16)
