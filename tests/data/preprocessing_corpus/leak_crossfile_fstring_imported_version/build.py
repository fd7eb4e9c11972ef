import pandas as pd
from sklearn.preprocessing import MinMaxScaler

from config import OUT, VERSION

songs = pd.read_csv("spotify_tracks.csv")
audio = ["danceability", "energy", "loudness", "tempo", "valence"]
songs[audio] = MinMaxScaler().fit_transform(songs[audio])
songs.to_parquet(f"{OUT}/songs_{VERSION}.parquet")
