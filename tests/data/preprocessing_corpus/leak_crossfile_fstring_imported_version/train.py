import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import train_test_split

from config import OUT, VERSION

songs = pd.read_parquet(f"{OUT}/songs_{VERSION}.parquet")
audio = ["danceability", "energy", "loudness", "tempo", "valence"]
X_train, X_test, y_train, y_test = train_test_split(songs[audio], songs["genre"], test_size=0.2)
print(HistGradientBoostingClassifier().fit(X_train, y_train).score(X_test, y_test))
