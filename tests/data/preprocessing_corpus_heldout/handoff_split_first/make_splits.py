import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("raw/parkinsons.csv")
X = df.drop(columns=["name", "status"]).to_numpy()
y = df["status"].to_numpy()
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

scaler = StandardScaler().fit(X_train)
np.save("splits/X_train.npy", scaler.transform(X_train))
np.save("splits/X_test.npy", scaler.transform(X_test))
np.save("splits/y_train.npy", y_train)
np.save("splits/y_test.npy", y_test)
