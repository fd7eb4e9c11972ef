import torch
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms

tfm = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor(), transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])
full = datasets.ImageFolder("plant_village/all", transform=tfm)
n_val = int(0.2 * len(full))
train_set, val_set = random_split(full, [len(full) - n_val, n_val], generator=torch.Generator().manual_seed(1))
print(len(DataLoader(train_set, batch_size=32, shuffle=True)), len(DataLoader(val_set, batch_size=64)))
