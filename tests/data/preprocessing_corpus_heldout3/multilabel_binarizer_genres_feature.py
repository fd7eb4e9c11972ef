import pandas as pd
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

movies = pd.read_csv("tmdb_5000_movies_clean.csv")
movies["genre_list"] = movies["genres"].str.split("|")
mlb = MultiLabelBinarizer()
genre_matrix = pd.DataFrame(mlb.fit_transform(movies["genre_list"]), columns=mlb.classes_, index=movies.index)
X = pd.concat([movies[["budget", "runtime", "popularity"]], genre_matrix], axis=1)

X_tr, X_te, y_tr, y_te = train_test_split(X, movies["vote_average"], test_size=0.2, random_state=3)
print(RandomForestRegressor(n_estimators=300).fit(X_tr, y_tr).score(X_te, y_te))
