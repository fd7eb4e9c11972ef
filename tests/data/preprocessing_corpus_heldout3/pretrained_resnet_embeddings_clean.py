import numpy as np
import torch
import torchvision
from torchvision import transforms
from torchvision.datasets import ImageFolder
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

weights = torchvision.models.ResNet18_Weights.DEFAULT
backbone = torchvision.models.resnet18(weights=weights)
backbone.fc = torch.nn.Identity()
backbone.eval()
ds = ImageFolder("flowers102/jpg_by_class", transform=weights.transforms())
loader = torch.utils.data.DataLoader(ds, batch_size=64)
with torch.no_grad():
    emb = np.concatenate([backbone(x).numpy() for x, _ in loader])
labels = np.array(ds.targets)
e_tr, e_te, l_tr, l_te = train_test_split(emb, labels, test_size=0.25, stratify=labels, random_state=0)
print(LogisticRegression(max_iter=2000).fit(e_tr, l_tr).score(e_te, l_te))
