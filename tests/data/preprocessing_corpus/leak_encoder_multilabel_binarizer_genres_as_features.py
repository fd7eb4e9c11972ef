import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MultiLabelBinarizer

movies = pd.read_csv("movies_metadata.csv")
genre_lists = movies["genres"].str.split("|")
mlb = MultiLabelBinarizer()
genre_matrix = mlb.fit_transform(genre_lists)
X_train, X_test, y_train, y_test = train_test_split(genre_matrix, movies["vote_average"], test_size=0.2, random_state=0)
print(Ridge().fit(X_train, y_train).score(X_test, y_test))
