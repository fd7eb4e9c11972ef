import numpy as np
import torch
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

from model import AutoEncoder

X = torch.tensor(np.load("data/transactions.npy"), dtype=torch.float32)
y = np.load("data/transaction_labels.npy")
ae = AutoEncoder(X.shape[1])
ae.load_state_dict(torch.load("checkpoints/autoencoder.pt"))
ae.eval()
with torch.no_grad():
    codes = ae.encoder(X).numpy()
Z_train, Z_test, y_train, y_test = train_test_split(codes, y, test_size=0.2, stratify=y)
print(LogisticRegression(max_iter=1000).fit(Z_train, y_train).score(Z_test, y_test))
