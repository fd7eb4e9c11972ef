import pandas as pd

df = pd.read_csv(filepath_or_buffer="input/energy.csv")
df = df.drop_duplicates().dropna()
df.to_csv(path_or_buf="input/energy_dedup.csv", index=False)
