import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

frames = np.load("frames_u8.npy").reshape(-1, 48 * 48).astype(np.float32)
labels = np.load("labels.npy")
f_train, f_test, l_train, l_test = train_test_split(frames, labels, test_size=0.2, stratify=labels, random_state=0)
mu, sigma = f_train.mean(), f_train.std()
clf = LogisticRegression(max_iter=500).fit((f_train - mu) / sigma, l_train)
print("test accuracy", clf.score((f_test - mu) / sigma, l_test))
