import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.svm import SVC

data = np.load("occupancy.npy", allow_pickle=True).item()
X, y = data["X"], data["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=42)
mms = MinMaxScaler().fit(X_train)
print(SVC(gamma="scale").fit(mms.transform(X_train), y_train).score(mms.transform(X_test), y_test))
