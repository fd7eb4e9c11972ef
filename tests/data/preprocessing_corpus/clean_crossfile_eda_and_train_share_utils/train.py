from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from utils import load

X, y = load()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
knn = make_pipeline(StandardScaler(), KNeighborsClassifier()).fit(X_train, y_train)
print(knn.score(X_test, y_test))
