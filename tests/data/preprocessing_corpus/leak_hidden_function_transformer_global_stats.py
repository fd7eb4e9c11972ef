import numpy as np
from sklearn.preprocessing import FunctionTransformer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

X = np.load("eeg_bandpower.npy")
y = np.load("eeg_labels.npy")
center = X.mean(axis=0)
spread = X.std(axis=0)
model = make_pipeline(FunctionTransformer(lambda A: (A - center) / spread), LogisticRegression(max_iter=1000))
print(cross_val_score(model, X, y, cv=5).mean())
