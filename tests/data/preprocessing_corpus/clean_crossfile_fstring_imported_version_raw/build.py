import pandas as pd

from config import OUT, VERSION

songs = pd.read_csv("spotify_tracks.csv")
songs = songs.drop_duplicates(subset="track_id")
songs.to_parquet(f"{OUT}/songs_{VERSION}.parquet")
