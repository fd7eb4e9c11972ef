import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from sklearn.preprocessing import MinMaxScaler
from torch.utils.data import TensorDataset, DataLoader, random_split

df = pd.read_csv("boston.csv")
features = df.drop("MEDV", axis=1).values
target = df["MEDV"].values.reshape(-1, 1)

scaler = MinMaxScaler()
features = scaler.fit_transform(features)

dataset = TensorDataset(torch.from_numpy(features).float(), torch.from_numpy(target).float())
n_val = int(len(dataset) * 0.2)
train_ds, val_ds = random_split(dataset, [len(dataset) - n_val, n_val])

train_dl = DataLoader(train_ds, batch_size=16, shuffle=True)
val_dl = DataLoader(val_ds, batch_size=64)

model = nn.Sequential(nn.Linear(13, 32), nn.ReLU(), nn.Linear(32, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
for epoch in range(100):
    for xb, yb in train_dl:
        loss = nn.functional.mse_loss(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
with torch.no_grad():
    print(np.mean([nn.functional.mse_loss(model(xb), yb).item() for xb, yb in val_dl]))
