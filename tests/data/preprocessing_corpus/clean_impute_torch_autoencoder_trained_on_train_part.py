import numpy as np
import torch
from torch import nn
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = torch.tensor(np.load("X.npy"), dtype=torch.float32)
y = np.load("y.npy")
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
encoder = nn.Sequential(nn.Linear(X.shape[1], 8), nn.ReLU())
decoder = nn.Linear(8, X.shape[1])
opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()))
for epoch in range(50):
    loss = ((decoder(encoder(X_train)) - X_train) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
with torch.no_grad():
    clf = LogisticRegression().fit(encoder(X_train).numpy(), y_train)
    print(clf.score(encoder(X_test).numpy(), y_test))
