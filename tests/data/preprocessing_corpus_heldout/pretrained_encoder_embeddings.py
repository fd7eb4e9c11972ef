import numpy as np
import pandas as pd
from tensorflow import keras
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier

# encoder trained last quarter on a different customer base, frozen here
encoder = keras.models.load_model("artifacts/encoder_v3.keras")

frame = pd.read_parquet("events_2024q2.parquet")
raw = frame[[c for c in frame.columns if c.startswith("f_")]].to_numpy("float32")
codes = encoder.predict(raw, batch_size=2048, verbose=0)

X = np.concatenate([raw, codes], axis=1)
y = frame["converted"].to_numpy()
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
rf = RandomForestClassifier(n_estimators=400, n_jobs=-1).fit(X_tr, y_tr)
print(rf.score(X_va, y_va))
