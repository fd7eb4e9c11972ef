import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from config import Config

X = np.load(Config.FEATURES)
y = np.load(Config.LABELS)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=Config.SEED)
model = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=11)).fit(X_train, y_train)
print(model.score(X_test, y_test))
