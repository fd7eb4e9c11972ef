import pickle
import pathlib

from sklearn.model_selection import train_test_split
from sklearn.svm import SVR

OUT_FILE = pathlib.Path("data/processed") / "wine.pickle"
blob = pickle.loads(OUT_FILE.read_bytes())
X_train, X_valid, y_train, y_valid = train_test_split(blob["X"], blob["y"], test_size=0.3, random_state=1)
svr = SVR(C=3.0).fit(X_train, y_train)
print(svr.score(X_valid, y_valid))
