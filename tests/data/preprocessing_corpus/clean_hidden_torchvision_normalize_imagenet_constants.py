from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms

tfm = transforms.Compose([
    transforms.Resize((224, 224)),
    transforms.ToTensor(),
    transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
])
full = datasets.ImageFolder("data/leaves", transform=tfm)
n_val = int(0.2 * len(full))
train_set, val_set = random_split(full, [len(full) - n_val, n_val])
train_loader = DataLoader(train_set, batch_size=64, shuffle=True)
val_loader = DataLoader(val_set, batch_size=64)
