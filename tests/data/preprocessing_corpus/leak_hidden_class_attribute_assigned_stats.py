import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier


class Settings:
    SEED = 13
    MEAN = None
    STD = None


X = np.load("gait_features.npy")
y = np.load("gait_labels.npy")
Settings.MEAN = X.mean(axis=0)
Settings.STD = X.std(axis=0)
X = (X - Settings.MEAN) / Settings.STD
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=Settings.SEED)
print(RandomForestClassifier(random_state=Settings.SEED).fit(X_train, y_train).score(X_test, y_test))
